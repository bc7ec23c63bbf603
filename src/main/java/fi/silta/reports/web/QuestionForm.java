package fi.silta.reports.web;

import java.util.List;

import fi.silta.common.web.Option;

/** A survey question on the form: its field name, text, the scale's choices (the one chosen marked), its error. */
record QuestionForm(String name, String text, List<Option> choices, String error) {
}
