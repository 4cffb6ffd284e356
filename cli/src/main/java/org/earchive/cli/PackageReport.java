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

    static void print(PrintWriter out, PackageResult result) {
        PackageProfile tt05 = result.tt05();
        for (Tt05Packager.Written one : result.packages()) {
            out.println(result.name(one) + "  " + (tt05.isHoso() ? "hồ sơ " : "")
                    + (one.fileCode() == null ? "(mã hồ sơ not known)" : one.fileCode()) + ", " + one.documents()
                    + (one.documents() == 1 ? " document" : " documents"));
            if (!one.derived().isEmpty()) {
                out.println("    filled from the documents, please check: " + String.join(", ", one.derived()));
            }
            one.review().forEach(line -> out.println("    needs review: " + line));
        }
        int count = result.packages().size();
        Object dir = result.request().out();
        out.println("Wrote " + count + " TT 05 " + tt05.tt05Name() + (count == 1 ? " package" : " packages")
                + " in " + dir + ". Check them with: earchive validate " + dir + "/*");
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
