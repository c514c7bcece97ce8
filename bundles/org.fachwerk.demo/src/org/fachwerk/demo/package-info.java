/**
 * Generated departments ({@link org.fachwerk.demo.DemoDepartment}): the small demo department that {@code --demo}
 * and a new, empty database start with, and departments of any size for the benchmarks. The same seed, date and size
 * always give the same department. Each part has its own class: the organisation (people, qualifications,
 * working-time rules), the projects with their structure trees, their documents, and the bookings. Below the user
 * interface, on the model alone.
 */
package org.fachwerk.demo;
