package com.arbitra.cli;

import com.arbitra.bundle.Importer.Format;
import picocli.CommandLine.Option;

/** {@code --format case-bundle|wxpay-complaints-v2}: what the inputs are, when their content should not decide. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converter.class, description = "What the inputs "
            + "are: case-bundle or wxpay-complaints-v2 (default: told by their content).")
    Format format;

    Format value() {
        return format == null ? Format.BY_CONTENT : format;
    }

    static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f != Format.BY_CONTENT && f.cliName().equals(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("must be case-bundle or wxpay-complaints-v2 (was "
                    + value + ")");
        }
    }
}
