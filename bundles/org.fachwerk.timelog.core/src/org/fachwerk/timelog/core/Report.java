package org.fachwerk.timelog.core;

import java.util.List;

/**
 * A report as a table: a title, column headers and rows. A cell is text, a number (hours as decimals) or a date;
 * exports keep numbers and dates as such, so that spreadsheets can sum and sort them.
 *
 * @param numberColumns which columns hold numbers (right-aligned, summed in exports that show totals)
 */
public record Report(String title, List<String> columns, List<List<Object>> rows, List<Integer> numberColumns) {
}
