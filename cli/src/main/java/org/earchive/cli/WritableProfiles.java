package org.earchive.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.earchive.packaging.PackageProfile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The package profiles earchive writes, as --profile spells them (CSIP is only recognised, by validate). */
final class WritableProfiles implements Iterable<String> {

    static final List<PackageProfile> WRITABLE = Arrays.stream(PackageProfile.values())
            .filter(profile -> profile != PackageProfile.CSIP).toList();

    /** For help and shell completion: the writable profiles' names. */
    @Override
    public Iterator<String> iterator() {
        return WRITABLE.stream().map(PackageProfile::id).iterator();
    }

    static String names() {
        return String.join(", ", new WritableProfiles());
    }

    /** "tt05-sip-hoso" as well as "TT05-SIP-HOSO". */
    static final class Converter implements ITypeConverter<PackageProfile> {
        @Override
        public PackageProfile convert(String value) {
            for (PackageProfile profile : WRITABLE) {
                if (profile.id().equalsIgnoreCase(value.strip())) {
                    return profile;
                }
            }
            throw new TypeConversionException("unknown profile '" + value + "'; earchive writes: " + names());
        }
    }
}
