package org.earchive.report;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Every string the library's sources build, as a person would read it: a literal, or a concatenation whose
 * literal parts are kept and whose other parts become holes ({@value #HOLE}); a choice ({@code a ? "x" : "y"})
 * inside a concatenation gives one sentence per branch, and {@code %s}-style places in a format are holes too.
 * Read with the JDK's own parser (javac's tree API), so nothing is guessed from the text of the code.
 */
final class LibrarySentences {

    /** Where a part of the sentence is filled in at run time. */
    static final String HOLE = "\u2026";

    private static final int MOST_VARIANTS = 16;

    /**
     * One string the code builds.
     *
     * @param text    literal parts as written, holes as {@value #HOLE}
     * @param file    the source file, relative to the source root
     * @param line    where it starts
     * @param context the exception constructed or the method called with it ("new ConversionException",
     *                "add"), or "" when it is assigned or returned
     */
    record Sentence(String text, String file, long line, String context) {
        @Override
        public String toString() {
            return file + ":" + line + " [" + context + "] " + text;
        }
    }

    private LibrarySentences() {
    }

    static List<Sentence> read(Path sourceRoot) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceRoot.toAbsolutePath())) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the tests need a JDK (javac), not a JRE");
        }
        List<Sentence> sentences = new ArrayList<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) compiler.getTask(null, manager, null, List.of("-proc:none"), null, units);
            for (CompilationUnitTree unit : task.parse()) {
                String file = sourceRoot.toAbsolutePath().relativize(Path.of(unit.getSourceFile().toUri())).toString();
                new Collector(unit, file, Trees.instance(task).getSourcePositions(), sentences).scan(unit, null);
            }
        }
        return sentences;
    }

    private static final class Collector extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final String file;
        private final SourcePositions positions;
        private final List<Sentence> out;

        Collector(CompilationUnitTree unit, String file, SourcePositions positions, List<Sentence> out) {
            this.unit = unit;
            this.file = file;
            this.positions = positions;
            this.out = out;
        }

        @Override
        public Void visitAnnotation(AnnotationTree node, Void unused) {
            return null; // @SuppressWarnings("...") and the like are for the compiler
        }

        /** Strings already read as part of a StringBuilder's chain of appends. */
        private final Set<Tree> consumed = new HashSet<>();

        /** new StringBuilder("The signature of ").append(name).append(" is not valid:") reads as one sentence. */
        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            List<ExpressionTree> parts = builderChain(node);
            if (parts != null && !isAppendedTo(getCurrentPath().getParentPath())) {
                List<String> texts = List.of("");
                for (ExpressionTree part : parts) {
                    List<String> longer = new ArrayList<>();
                    for (String text : texts) {
                        for (String variant : variants(part)) {
                            if (longer.size() < MOST_VARIANTS) {
                                longer.add(text + variant);
                            }
                        }
                    }
                    texts = longer;
                    new TreeScanner<Void, Void>() {
                        @Override
                        public Void visitLiteral(LiteralTree literal, Void nothing) {
                            consumed.add(literal);
                            return null;
                        }

                        @Override
                        public Void visitBinary(BinaryTree binary, Void nothing) {
                            consumed.add(binary);
                            return super.visitBinary(binary, nothing);
                        }
                    }.scan(part, null);
                }
                if (texts.stream().anyMatch(text -> !text.equals(HOLE.repeat(parts.size())))) {
                    long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, node));
                    texts.forEach(text -> out.add(new Sentence(clean(text), file, line, "append")));
                }
            }
            return super.visitMethodInvocation(node, unused);
        }

        @Override
        public Void visitBinary(BinaryTree node, Void unused) {
            if (consumed.contains(node)) {
                return super.visitBinary(node, unused);
            }
            if (node.getKind() == Tree.Kind.PLUS && isString(node) && !insideConcatenation()) {
                record(node);
            }
            return super.visitBinary(node, unused);
        }

        @Override
        public Void visitLiteral(LiteralTree node, Void unused) {
            if (node.getKind() == Tree.Kind.STRING_LITERAL && !consumed.contains(node) && !insideConcatenation()) {
                record(node);
            }
            return null;
        }

        private void record(ExpressionTree expression) {
            LineMap lines = unit.getLineMap();
            long line = lines.getLineNumber(positions.getStartPosition(unit, expression));
            String context = context();
            for (String text : texts(expression)) {
                out.add(new Sentence(text, file, line, context));
            }
        }

        /** Whether the node at the current path is an operand of a string concatenation (recorded as part of it). */
        private boolean insideConcatenation() {
            TreePath parent = getCurrentPath().getParentPath();
            while (parent != null && (parent.getLeaf() instanceof ParenthesizedTree
                    || parent.getLeaf() instanceof ConditionalExpressionTree)) {
                parent = parent.getParentPath();
            }
            return parent != null && parent.getLeaf().getKind() == Tree.Kind.PLUS && isString(parent.getLeaf());
        }

        /** The constructor or method the string is handed to, looking past concatenations and choices. */
        private String context() {
            for (TreePath path = getCurrentPath().getParentPath(); path != null; path = path.getParentPath()) {
                Tree leaf = path.getLeaf();
                if (leaf instanceof NewClassTree created) {
                    return "new " + created.getIdentifier().toString().replaceAll(".*\\.", "");
                }
                if (leaf instanceof MethodInvocationTree call) {
                    ExpressionTree select = call.getMethodSelect();
                    return select instanceof MemberSelectTree member ? member.getIdentifier().toString() : select.toString();
                }
                if (!(leaf instanceof ExpressionTree)) {
                    return "";
                }
            }
            return "";
        }
    }

    /** The parts of X.append(a).append(b) when X is new StringBuilder(s) (s, a, b), or null when it is no such chain. */
    private static List<ExpressionTree> builderChain(ExpressionTree expression) {
        if (expression instanceof NewClassTree created && created.getIdentifier().toString().endsWith("StringBuilder")) {
            List<ExpressionTree> parts = new ArrayList<>();
            if (created.getArguments().size() == 1 && isString(created.getArguments().get(0))) {
                parts.add(created.getArguments().get(0));
            }
            return parts;
        }
        if (expression instanceof MethodInvocationTree call && call.getArguments().size() == 1
                && call.getMethodSelect() instanceof MemberSelectTree member
                && member.getIdentifier().contentEquals("append")) {
            List<ExpressionTree> parts = builderChain(member.getExpression());
            if (parts != null) {
                parts.add(call.getArguments().get(0));
            }
            return parts;
        }
        return null;
    }

    private static boolean isAppendedTo(TreePath parent) {
        return parent != null && parent.getLeaf() instanceof MemberSelectTree member
                && member.getIdentifier().contentEquals("append");
    }

    private static String clean(String text) {
        return text.replace("%%", "\u0000").replaceAll("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]", HOLE)
                .replace("\u0000", "%");
    }

    /** Whether a + is a string concatenation: one of its operands, however deep, is a string literal. */
    private static boolean isString(Tree tree) {
        return switch (tree.getKind()) {
            case STRING_LITERAL -> true;
            case PLUS -> isString(((BinaryTree) tree).getLeftOperand()) || isString(((BinaryTree) tree).getRightOperand());
            case PARENTHESIZED -> isString(((ParenthesizedTree) tree).getExpression());
            case CONDITIONAL_EXPRESSION -> isString(((ConditionalExpressionTree) tree).getTrueExpression())
                    || isString(((ConditionalExpressionTree) tree).getFalseExpression());
            default -> false;
        };
    }

    /** The sentences an expression can build: one per combination of its choices (at most a few). */
    private static List<String> texts(ExpressionTree expression) {
        List<String> texts = new ArrayList<>();
        for (String text : variants(expression)) {
            texts.add(clean(text));
        }
        return texts;
    }

    private static List<String> variants(Tree tree) {
        switch (tree.getKind()) {
            case STRING_LITERAL:
                return List.of((String) ((LiteralTree) tree).getValue());
            case CHAR_LITERAL:
            case INT_LITERAL:
            case LONG_LITERAL:
                return List.of(String.valueOf(((LiteralTree) tree).getValue()));
            case PARENTHESIZED:
                return variants(((ParenthesizedTree) tree).getExpression());
            case CONDITIONAL_EXPRESSION: {
                ConditionalExpressionTree choice = (ConditionalExpressionTree) tree;
                if (!isString(choice)) {
                    return List.of(HOLE);
                }
                List<String> both = new ArrayList<>(variants(choice.getTrueExpression()));
                both.addAll(variants(choice.getFalseExpression()));
                return both;
            }
            case PLUS: {
                BinaryTree plus = (BinaryTree) tree;
                if (!isString(plus)) {
                    return List.of(HOLE);
                }
                List<String> joined = new ArrayList<>();
                for (String left : variants(plus.getLeftOperand())) {
                    for (String right : variants(plus.getRightOperand())) {
                        if (joined.size() < MOST_VARIANTS) {
                            joined.add(left + right);
                        }
                    }
                }
                return joined;
            }
            default:
                return List.of(HOLE);
        }
    }

    /** Words of English prose; a string holding two of them is a sentence for people, unless it is machine text. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|a|an|and|or|of|is|are|was|were|be|been|not|no|to|in|on|by|with|from|for|as|it|its|this|these|"
            + "has|have|had|does|did|can|cannot|could|must|would|may|so|but|than|which|what|when|after|before|"
            + "only|every|any|all|been|into|out|earchive)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Strings handed to these are for programmers, never shown to a clerk: a bug ("cannot happen"), or a
     * pattern. A sentence a person may meet must not be built inside one of them.
     */
    private static final Set<String> PROGRAMMERS_CONTEXTS = Set.of("new IllegalStateException", "new AssertionError",
            "new UncheckedIOException", "compile", "matches", "ofPattern", "select", "selectFirst", "attr",
            // the repairs made to a PDF: report.json's facts, for scripts and auditors
            "changed",
            // PREMIS events of an ingest (Ingester): preservation metadata
            "new Event");

    /**
     * Files whose English is machine output, kept the same in every language: PREMIS events and their details,
     * the XMP of a PDF, and the ingest receipt (which writes both languages itself).
     */
    static final Map<String, String> MACHINE_TEXT_FILES = Map.of(
            "org/earchive/metadata/PremisWriter.java", "PREMIS event details (preservation metadata, read by systems)",
            "org/earchive/metadata/PremisSignatures.java", "PREMIS event details of signature checks",
            "org/earchive/metadata/ProcessingEvents.java", "PREMIS event details of image processing",
            "org/earchive/packaging/IngestEvents.java", "PREMIS events of an ingest",
            "org/earchive/packaging/ReceiptFiles.java", "the ingest receipt, which is bilingual itself",
            "org/earchive/pdfa/ArchivalXmp.java", "XMP metadata in the PDF",
            "org/earchive/pdfa/SourceAttachment.java", "the description of the original attached inside the PDF/A-3",
            "org/earchive/metadata/XlsxTemplate.java", "the spreadsheet's notes, written in both languages there",
            "org/earchive/convert/pdf/ArchivalActions.java", "why each PDF action is kept or removed: documentation",
            "org/earchive/packaging/PackagePremis.java", "PREMIS relationships of a package");

    /** The library's sentences a person may read: English prose, outside machine texts and programmers' errors. */
    static List<Sentence> forPeople(Path sourceRoot) throws IOException {
        List<Sentence> forPeople = new ArrayList<>();
        for (Sentence sentence : read(sourceRoot)) {
            if (!MACHINE_TEXT_FILES.containsKey(sentence.file()) && !PROGRAMMERS_CONTEXTS.contains(sentence.context())
                    && isProse(sentence.text())) {
                forPeople.add(sentence);
            }
        }
        return forPeople;
    }

    /** Two English words or more, and no code (CSS, XML, a regex). */
    static boolean isProse(String text) {
        if (text.matches("(?s).*([{}]|\\$\\(|^[\\[.#@]).*")) {
            return false; // CSS, a shell script, a selector
        }
        Matcher words = ENGLISH_WORD.matcher(text);
        Set<String> found = new java.util.HashSet<>();
        while (words.find()) {
            found.add(words.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return found.size() >= 2;
    }

    public static void main(String[] args) throws IOException {
        List<Sentence> sentences = args.length > 1 && args[1].equals("all") ? read(Path.of(args[0])) : forPeople(Path.of(args[0]));
        SentenceCatalogue catalogue = SentenceCatalogue.vietnamese();
        for (Sentence sentence : sentences) {
            if (catalogue.entryFor(sentence.text()) == null) {
                System.out.println(sentence);
            }
        }
    }
}
