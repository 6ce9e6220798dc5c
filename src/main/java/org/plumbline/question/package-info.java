/**
 * Custom questions of a form and the rules of their answers, shared by every feature that
 * asks them (a call for topics, a registration form). Each owner keeps its questions and
 * answers in its own tables through a {@link org.plumbline.question.QuestionStore},
 * checks who asks, and lets {@link org.plumbline.question.QuestionEdits} make the
 * editor's audited changes; the editor is rendered by {@code question/editor.jte}, the
 * inputs of a form by {@code question/inputs.jte} and the answers given by
 * {@code question/answers.jte}.
 */
package org.plumbline.question;
