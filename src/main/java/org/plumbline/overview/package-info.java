/**
 * The organisers' overview of an event in charts: topics submitted per call, review
 * progress, registrations and waiting lines over time, the audience MCs share, and how
 * full each session's room will be. It owns no table: every figure comes from the owning
 * feature's facade, summed there by the database.
 */
package org.plumbline.overview;
