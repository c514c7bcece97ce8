/**
 * What every module shares below the user interface: where the data lives ({@link org.fachwerk.core.DataLocation})
 * and the open department with its undoable edits ({@link org.fachwerk.core.DepartmentSession}).
 */
package org.fachwerk.core;
