package org.fachwerk.timelog.core;

import java.time.LocalDate;

/**
 * Hours a person booked in one week.
 *
 * @param personId the person's id
 * @param monday the first day of the week
 * @param hours the booked time net of breaks
 */
public record WeeklyHours(String personId, LocalDate monday, double hours) {
}
