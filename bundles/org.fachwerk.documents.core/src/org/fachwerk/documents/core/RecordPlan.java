package org.fachwerk.documents.core;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.validation.ModelValidator;

/**
 * The record plan (Aktenplan): a tree of file codes with titles and retention periods. A document filed under a
 * node gets its file number (Aktenzeichen) from the node's code and a running number, e.g. {@code 63.10.02-0017};
 * its retention ends when the node's years have passed after the end of the year of its latest version.
 */
public final class RecordPlan {

    private RecordPlan() {
    }

    /**
     * Reads a record plan from CSV ({@link RecordPlanCsv}: UTF-8 or Windows-1252, semicolons or commas, quoted fields):
     * one node per line, {@code file code;title;retention years}; a first line naming the columns is skipped. A
     * node's parent is the node whose code is its code up to the last dot (63.10.02 lies under 63.10); codes are
     * unique. The workbench's dialog and {@code fachwerk import-record-plan} both read plans this way.
     *
     * @return the command that adds the new top-level nodes to the department
     * @throws RefusedException naming the line and column of the first problem; nothing is added
     */
    public static Command importCsv(EditingDomain domain, Department department, InputStream csv)
            throws IOException, RefusedException {
        Map<String, RecordPlanNode> byCode = new HashMap<>();
        collect(department.getRecordPlan(), byCode);
        List<RecordPlanNode> tops = new ArrayList<>();
        Map<String, RecordPlanNode> created = new HashMap<>();
        for (RecordPlanCsv.Line line : RecordPlanCsv.read(csv)) {
            String code = line.code();
            if (byCode.containsKey(code) || created.containsKey(code)) {
                throw new RefusedException(NLS.bind(Messages.Plan_duplicate, line.number(), code));
            }
            RecordPlanNode node = FachwerkFactory.eINSTANCE.createRecordPlanNode();
            node.setFileCode(code);
            node.setTitle(line.title());
            node.setRetentionYears(line.years());
            String parentCode = parentCode(code);
            RecordPlanNode parent = parentCode == null ? null
                    : created.containsKey(parentCode) ? created.get(parentCode) : byCode.get(parentCode);
            if (parentCode != null && parent == null) {
                throw new RefusedException(NLS.bind(Messages.Plan_noParent, new Object[] { line.number(), code,
                        parentCode }));
            }
            if (parent != null && created.containsValue(parent)) {
                parent.getChildren().add(node); // a new node under a new one: added with it
            } else {
                tops.add(node); // under an existing node or at the top: added by a command of its own
            }
            created.put(code, node);
        }
        CompoundCommand command = new CompoundCommand(Messages.Plan_import);
        for (RecordPlanNode node : tops) {
            RecordPlanNode parent = byCode.get(parentCode(node.getFileCode()));
            command.append(parent != null
                    ? AddCommand.create(domain, parent, FachwerkPackage.Literals.RECORD_PLAN_NODE__CHILDREN, node)
                    : AddCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__RECORD_PLAN, node));
        }
        return command;
    }

    /** The code of the node above: the code up to its last dot; null at the top. */
    private static String parentCode(String code) {
        return code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null;
    }

    private static void collect(List<RecordPlanNode> nodes, Map<String, RecordPlanNode> byCode) {
        for (RecordPlanNode node : nodes) {
            byCode.put(node.getFileCode(), node);
            collect(node.getChildren(), byCode);
        }
    }

    /**
     * The command that files the document under the node: it gets the node's next file number, e.g.
     * {@code 63.10.02-0017}. The node's counter changes with it, so two people filing at once cannot both get the
     * same number (the second save meets a conflict).
     */
    public static Command file(EditingDomain domain, Document document, RecordPlanNode node) {
        int next = node.getLastNumber() + 1;
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Plan_file, node.getFileCode()));
        command.append(SetCommand.create(domain, node, FachwerkPackage.Literals.RECORD_PLAN_NODE__LAST_NUMBER, next));
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__RECORD_PLAN_NODE, node));
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__FILE_NUMBER,
                fileNumber(node, next)));
        return command;
    }

    /** The file number of a node's running number: code, hyphen, four digits. */
    public static String fileNumber(RecordPlanNode node, int number) {
        return String.format("%s-%04d", node.getFileCode(), number);
    }

    /**
     * The last day the document must be kept: the end of the year of its latest version plus the node's
     * retention years; null when it is filed nowhere or has no version (no retention applies).
     */
    public static LocalDate retentionEnd(Document document) {
        RecordPlanNode node = document.getRecordPlanNode();
        LocalDate latest = document.getVersions().stream().map(DocumentVersion::getCreated)
                .filter(java.util.Objects::nonNull).map(java.time.LocalDateTime::toLocalDate)
                .max(Comparator.naturalOrder()).orElse(document.getCreated());
        if (node == null || latest == null) {
            return null;
        }
        if (node.getRetentionYears() > ModelValidator.MAX_RETENTION_YEARS) {
            return LocalDate.MAX; // stored before the limit: kept for good rather than a date that does not exist
        }
        return LocalDate.of(latest.getYear(), 12, 31).plusYears(node.getRetentionYears());
    }

    /** Whether the document must still be kept on the day. */
    public static boolean isRetained(Document document, LocalDate day) {
        LocalDate end = retentionEnd(document);
        return end != null && !day.isAfter(end);
    }

    /** The documents whose retention has ended by the day: those to be disposed of (offered to the archive). */
    public static List<Document> disposalList(Department department, LocalDate day) {
        List<Document> due = new ArrayList<>();
        for (Document document : department.getDocuments()) {
            LocalDate end = retentionEnd(document);
            if (end != null && day.isAfter(end)) {
                due.add(document);
            }
        }
        due.sort(Comparator.comparing(RecordPlan::retentionEnd).thenComparing(Document::getFileNumber,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return due;
    }

    /** The node a file code names, or null. */
    public static RecordPlanNode node(Department department, String fileCode) {
        Map<String, RecordPlanNode> byCode = new HashMap<>();
        collect(department.getRecordPlan(), byCode);
        return byCode.get(fileCode);
    }
}
