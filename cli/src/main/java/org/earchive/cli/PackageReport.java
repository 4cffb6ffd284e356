package org.earchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.earchive.api.PackageResult;
import org.earchive.packaging.PackageProfile;
import org.earchive.packaging.Tt05Packager;

/** What 'earchive package' prints about the TT 05 packages it wrote: a line each, or JSON for scripts. */
final class PackageReport {

    private PackageReport() {
    }

    static void print(PrintWriter out, PackageResult result, Messages messages) {
        PackageProfile tt05 = result.tt05();
        for (Tt05Packager.Written one : result.packages()) {
            String code = one.fileCode() == null ? messages.get("package.tt05.noFileCode") : one.fileCode();
            out.println(result.name(one) + "  " + (tt05.isHoso() ? messages.get("package.tt05.hoso", code) : code) + ", "
                    + messages.count("package.documents", one.documents()));
            if (!one.derived().isEmpty()) {
                out.println("    " + messages.get("package.tt05.derived", String.join(", ", one.derived())));
            }
            one.review().forEach(line -> out.println("    " + messages.get("package.needsReview", messages.sentence(line))));
        }
        int count = result.packages().size();
        Object dir = result.request().out();
        out.println(messages.get(count == 1 ? "package.tt05.wrote.one" : "package.tt05.wrote.other", count, tt05.tt05Name(), dir, dir));
    }

    static String json(PackageResult result) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("profile", result.tt05().id());
        root.put("out", result.request().out().toString());
        ArrayNode list = root.putArray("packages");
        for (Tt05Packager.Written one : result.packages()) {
            ObjectNode node = list.addObject();
            node.put("objectId", one.objectId());
            node.put("path", result.name(one));
            node.put("fileCode", one.fileCode());
            node.put("documents", one.documents());
            one.derived().forEach(node.withArray("derived")::add);
            node.putArray("review");
            one.review().forEach(node.withArray("review")::add);
        }
        return root.toPrettyString();
    }
}
