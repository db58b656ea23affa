#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace garagereg {

// Installs the application's translation (embedded :/i18n/garagereg-integrations_<lang>.qm)
// and Qt's own (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, when present).
// Switching the language replaces both, which sends QEvent::LanguageChange to
// every widget; widgets retranslate themselves in changeEvent().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en" and "hu".
    static QStringList supportedLanguages();
    // "hu" when the locale is Hungarian, else "en".
    static QString languageForLocale(const QLocale &locale);
    static QString translationFile(const QString &language);

    // Returns false, keeping the current language, for an unsupported language
    // or when the application's translation cannot be loaded.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    // Whether Qt's own translation was found for the current language.
    bool hasQtTranslation() const { return m_qtTranslator != nullptr; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace garagereg
