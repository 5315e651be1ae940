package org.ieum.programs;

/** What a form field asks for; the type decides how the answer is checked. */
enum FieldType {
	TEXT, LONG_TEXT, NUMBER, AMOUNT, DATE, CHOICE, FILE
}
