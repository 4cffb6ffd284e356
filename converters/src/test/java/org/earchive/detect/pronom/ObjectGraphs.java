package org.earchive.detect.pronom;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Two readings of a signature file compared as DROID holds them: every object reached, field by field. */
final class ObjectGraphs {

    private ObjectGraphs() {
    }

    /**
     * Where two object graphs differ (fields of every object reached, statics left out), as paths from {@code root};
     * empty when equal. A field named {@code myText} (the text DROID's elements collect) is compared without its
     * surrounding whitespace, which the file's indentation put there.
     */
    static List<String> differences(Object a, Object b, String root) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        compare(a, b, root, new IdentityHashMap<>(), found);
        return found;
    }

    private static void compare(Object a, Object b, String path, Map<Object, Object> seen, List<String> found)
            throws IllegalAccessException {
        if (found.size() > 10 || a == b) {
            return;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            found.add(path + ": " + a + " / " + b);
            return;
        }
        Class<?> type = a.getClass();
        if (type == String.class || type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type == Character.class || type.isEnum()) {
            if (!a.equals(b)) {
                found.add(path + ": " + a + " / " + b);
            }
            return;
        }
        if (seen.put(a, b) != null) {
            return;
        }
        if (type.isArray()) {
            if (Array.getLength(a) != Array.getLength(b)) {
                found.add(path + ": length " + Array.getLength(a) + " / " + Array.getLength(b));
                return;
            }
            for (int i = 0; i < Array.getLength(a); i++) {
                compare(Array.get(a, i), Array.get(b, i), path + "[" + i + "]", seen, found);
            }
            return;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (!ma.keySet().equals(mb.keySet())) {
                found.add(path + ": keys differ");
                return;
            }
            for (Object key : ma.keySet()) {
                compare(ma.get(key), mb.get(key), path + "{" + key + "}", seen, found);
            }
            return;
        }
        if (a instanceof Collection<?> ca && b instanceof Collection<?> cb) {
            if (ca.size() != cb.size()) {
                found.add(path + ": size " + ca.size() + " / " + cb.size());
                return;
            }
            Iterator<?> ia = ca.iterator();
            Iterator<?> ib = cb.iterator();
            for (int i = 0; ia.hasNext(); i++) {
                compare(ia.next(), ib.next(), path + "[" + i + "]", seen, found);
            }
            return;
        }
        if (type.getName().startsWith("java.")) { // a JDK value DROID keeps (a pattern, a buffer): as it prints
            if (!String.valueOf(a).equals(String.valueOf(b))) {
                found.add(path + ": " + a + " / " + b);
            }
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object x = field.get(a);
                Object y = field.get(b);
                if (field.getName().equals("myText") && x instanceof String sx && y instanceof String sy) {
                    x = sx.strip();
                    y = sy.strip();
                }
                compare(x, y, path + "." + field.getName(), seen, found);
            }
        }
    }
}
