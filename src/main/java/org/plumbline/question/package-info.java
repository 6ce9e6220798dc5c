/**
 * Custom questions of a form and the rules of their answers, shared by every feature that
 * asks them (a call for topics, a registration form). Each owner stores its questions and
 * answers in its own tables; the inputs are rendered by {@code question/inputs.jte}.
 */
package org.plumbline.question;
