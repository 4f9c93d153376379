package kz.stat.mics.app.cli;

import java.util.Optional;
import kz.stat.mics.domain.language.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang} option of the views: the language of their labels. */
final class LanguageOption {

  @Option(names = "--lang", paramLabel = "LANG", converter = Code.class,
      description = "kk, ru or en: the language of the labels (default: the locale's, from LC_ALL,"
          + " LC_MESSAGES or LANG, else the plan's).")
  Language lang;

  /** The language asked for, if any. */
  Optional<Language> asked() {
    return Optional.ofNullable(lang);
  }

  /** A language by its code. */
  static final class Code implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.ofCode(value).orElseThrow(() -> new TypeConversionException(
          "expected kk, ru or en, not: " + value));
    }
  }
}
