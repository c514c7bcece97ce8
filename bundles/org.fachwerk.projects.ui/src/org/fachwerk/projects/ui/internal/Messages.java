package org.fachwerk.projects.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the projects module; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.projects.ui.internal.messages";

    public static String Column_name;
    public static String Column_status;
    public static String Column_start;
    public static String Column_end;
    public static String Column_effort;
    public static String Column_people;
    public static String Filter_hint;
    public static String NewProject_title;
    public static String NewProject_prompt;
    public static String NewProject_nameRequired;

    public static String Group_label;
    public static String Properties_title;
    public static String Properties_message;
    public static String Properties_key;
    public static String Properties_name;
    public static String Properties_goals;
    public static String Properties_status;
    public static String Properties_owner;
    public static String Properties_noOwner;
    public static String Properties_start;
    public static String Properties_end;
    public static String Properties_confidential;
    public static String Properties_members;
    public static String Properties_keyRequired;
    public static String Properties_keyTaken;
    public static String Properties_nameRequired;
    public static String Properties_notADate;
    public static String Properties_endBeforeStart;
    public static String Properties_noSelection;
    public static String Template_title;
    public static String Template_prompt;
    public static String Template_defaultName;
    public static String Template_noSelection;

    public static String Column_remaining;
    public static String Column_actual;
    public static String Column_actual_source;
    public static String Edit_titleRequired;
    public static String Edit_notADate;
    public static String Edit_endBeforeStart;
    public static String Edit_notHours;
    public static String Edit_nobody;
    public static String Edit_refused;
    public static String Edit_newTask;
    public static String Edit_deleteTitle;
    public static String Edit_deleteQuestion;

    public static String Deadlines_filter;
    public static String Deadlines_all;
    public static String Deadlines_overdue;
    public static String Deadlines_atRisk;
    public static String Deadlines_onSchedule;
    public static String Deadlines_state;
    public static String Deadlines_due;
    public static String Deadlines_project;
    public static String Deadlines_toDo;
    public static String Deadlines_free;

    public static String Kanban_scope;
    public static String Kanban_assignee;
    public static String Kanban_tag;
    public static String Kanban_allProjects;
    public static String Kanban_myTasks;
    public static String Kanban_everybody;
    public static String Kanban_anyTag;

    public static String Gantt_project;
    public static String Gantt_zoom;
    public static String Gantt_days;
    public static String Gantt_weeks;
    public static String Gantt_months;

    public static String Gantt_week;

    public static String Workload_qualification;
    public static String Workload_anyQualification;
    public static String Workload_person;

    public static String Details_nothing;
    public static String Details_description;
    public static String Details_checklist;
    public static String Details_newCheck;
    public static String Details_add;
    public static String Details_remove;
    public static String Details_dependencies;
    public static String Details_dependency;
    public static String Details_assignees;
    public static String Details_qualifications;
    public static String Details_tags;
    public static String Details_comments;
    public static String Details_comment;
    public static String Details_unknownAuthor;

    public static String Workload_reassign;
    public static String Workload_giveTo;

    public static String Rights_create;
    public static String Rights_guest;
    public static String Rights_edit;
    public static String Rights_manage;
    public static String Rights_manageMembers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
