/**
 * What every module shares below the user interface: where the data lives ({@link org.fachwerk.core.DataLocation}),
 * the open department with its undoable edits ({@link org.fachwerk.core.DepartmentSession}) and a generated demo
 * department ({@link org.fachwerk.core.DemoDepartment}).
 */
package org.fachwerk.core;
