/**
 * The week sheet: a person's bookings of a week with the booking line, the week's target and the checks of
 * working-time law.
 */
package org.fachwerk.timelog.ui.internal.weeksheet;
