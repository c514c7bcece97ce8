/**
 * The Kanban board: a card per task in a column per status, moved by mouse and keyboard.
 */
package org.fachwerk.projects.ui.internal.kanban;
