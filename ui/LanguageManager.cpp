#include "ui/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace garagereg {

namespace {

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("hu") ? QLocale(QLocale::Hungarian, QLocale::Hungary)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("hu")};
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Hungarian ? QStringLiteral("hu") : QStringLiteral("en");
}

QString LanguageManager::translationFile(const QString &language)
{
    return QStringLiteral(":/i18n/garagereg-integrations_%1.qm").arg(language);
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(translationFile(language)))
        return false;
    auto qtTranslator = std::make_unique<QTranslator>();
    if (!qtTranslator->load(localeFor(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtTranslator.reset();

    removeTranslators();
    QLocale::setDefault(localeFor(language));
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace garagereg
