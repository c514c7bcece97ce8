/**
 * Generated departments ({@link org.fachwerk.demo.DemoDepartment}): the small demo department that {@code --demo}
 * and a new, empty database start with, and departments of any size for the benchmarks. The same seed, date and size
 * always give the same department. Below the user interface, on the model alone.
 */
package org.fachwerk.demo;
