#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace garagereg {
class Database;
}

namespace garagereg::test {

// Looks for secrets in whatever a run left behind. A secret counts as found in
// any of the forms it could take on the way out: as given, hex (either case),
// base64 (standard or URL-safe, with or without padding) and, for a Standard
// Webhooks secret (whsec_ + base64), the same forms of its decoded key.
class SecretScan
{
public:
    void add(const QString &name, const QByteArray &secret);
    qsizetype size() const { return m_secrets.size(); }

    // "name as form in where" for every secret found; empty when none is.
    QStringList findIn(const QByteArray &haystack, const QString &where) const;
    QStringList findInFile(const QString &path) const;

    // Every value of every table of the database, as bytes (blobs raw, the rest as text).
    static QByteArray databaseContents(const Database &database);

private:
    struct Form
    {
        QString label;
        QByteArray bytes;
    };
    struct Secret
    {
        QString name;
        QList<Form> forms;
    };
    static void addForms(QList<Form> &forms, const QString &prefix, const QByteArray &value);

    QList<Secret> m_secrets;
};

} // namespace garagereg::test
