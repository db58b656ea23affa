#include "tests/support/SecretScan.h"

#include "models/storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace garagereg::test {

void SecretScan::addForms(QList<Form> &forms, const QString &prefix, const QByteArray &value)
{
    const auto add = [&forms, &prefix](const char *label, const QByteArray &bytes) {
        // Very short forms would match by chance; the secrets under test are long.
        if (bytes.size() >= 8)
            forms.append({prefix + QLatin1String(label), bytes});
    };
    add("raw", value);
    add("hex", value.toHex());
    add("HEX", value.toHex().toUpper());
    add("base64", value.toBase64());
    add("base64 unpadded", value.toBase64(QByteArray::OmitTrailingEquals));
    add("base64url", value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void SecretScan::add(const QString &name, const QByteArray &secret)
{
    Secret entry{name, {}};
    addForms(entry.forms, {}, secret);
    if (secret.startsWith("whsec_")) {
        const QByteArray key = QByteArray::fromBase64(secret.mid(6));
        addForms(entry.forms, QStringLiteral("key "), key);
        entry.forms.append({QStringLiteral("whsec_ of key"), "whsec_" + key.toBase64()});
    } else {
        // The Standard Webhooks form it would have if someone wrapped it.
        entry.forms.append({QStringLiteral("whsec_"), "whsec_" + secret.toBase64()});
    }
    m_secrets.append(entry);
}

QStringList SecretScan::findIn(const QByteArray &haystack, const QString &where) const
{
    QStringList found;
    for (const Secret &secret : m_secrets) {
        for (const Form &form : secret.forms) {
            if (haystack.contains(form.bytes))
                found << QStringLiteral("%1 as %2 in %3").arg(secret.name, form.label, where);
        }
    }
    return found;
}

QStringList SecretScan::findInFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return findIn(file.readAll(), path);
}

QByteArray SecretScan::databaseContents(const Database &database)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery tables(db);
    tables.exec(database.backend() == Backend::Sqlite
                    ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                    : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
    QByteArray contents;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                contents += value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
                contents += '\n';
            }
        }
    }
    return contents;
}

} // namespace garagereg::test
