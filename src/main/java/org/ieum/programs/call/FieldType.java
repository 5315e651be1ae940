package org.ieum.programs.call;

/** What a form field asks for; the type decides how the answer is checked. */
public enum FieldType {
	TEXT, LONG_TEXT, NUMBER, AMOUNT, DATE, CHOICE, FILE
}
