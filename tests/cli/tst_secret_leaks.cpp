#include "adapters/secrets/KeychainSecretStore.h"
#include "adapters/secrets/SecretBox.h"
#include "models/common/AwaitFuture.h"
#include "models/storage/Database.h"
#include "models/storage/SqlQuery.h"
#include "models/webhooks/WebhookSignature.h"
#include "tests/support/CliProcess.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/SecretScan.h"
#include "tests/support/TestDatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

namespace {

QByteArray randomSecret(const char *prefix)
{
    return QByteArray(prefix) + SecretBox::generateKey().toHex();
}

QString text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

} // namespace

// Issue 9: secrets (HMAC secrets, ERP credentials, database passwords, API
// tokens, the team key) appear in no database column, output, log line,
// delivery-log export, error or command line. One full run through the real
// programs, with debug logging on and errors made on purpose, then everything
// it left behind is searched for every secret in every encoding.
class TestSecretLeaks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    QTemporaryDir m_folder;
    QNetworkAccessManager m_network;
    SecretScan m_scan;
    // Everything to search, with where it came from.
    QList<std::pair<QString, QByteArray>> m_evidence;
    QString m_databaseUrl;
    QString m_pgRole;
    int m_runs = 0;

    QProcessEnvironment environment(const QMap<QString, QString> &extra) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GARAGEREG_DATABASE"), m_databaseUrl);
        environment.remove(QStringLiteral("PGPASSWORD")); // the password comes from the keychain
        // Every log category of the product, debug included.
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("garagereg.*=true"));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            environment.insert(it.key(), it.value());
        return environment;
    }

    // The command line as the kernel shows it to every local user.
    void recordCommandLine(const QProcess &process, const QStringList &arguments, const QString &label)
    {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            m_evidence.append({label + QStringLiteral(" /proc cmdline"), cmdline.readAll()});
        m_evidence.append({label + QStringLiteral(" argv"), arguments.join(QLatin1Char('\0')).toUtf8()});
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments, const QMap<QString, QString> &extra = {},
                                    const QByteArray &input = {}, bool recordArguments = true)
    {
        auto process = CliProcess(QStringLiteral(GARAGEREG_CLI_PATH), environment(extra)).start(arguments, input);
        ++m_runs;
        if (recordArguments)
            recordCommandLine(*process, arguments, label(arguments));
        return process;
    }

    QString label(const QStringList &arguments) const
    {
        return QStringLiteral("run %1 (%2)").arg(m_runs).arg(arguments.join(QLatin1Char(' ')));
    }

    struct Options
    {
        int exitCode = 0;
        bool secretOnStdout = false;      // shown once by design: searched only as the scan's control
        bool secretOnCommandLine = false; // the user's own mistake, made on purpose: its output is still searched
    };
    static Options expect(int exitCode, bool secretOnStdout = false, bool secretOnCommandLine = false)
    {
        return Options{exitCode, secretOnStdout, secretOnCommandLine};
    }

    CliRun run(const QStringList &arguments, const QMap<QString, QString> &extra = {}, Options options = expect(0),
               const QByteArray &input = {})
    {
        const auto process = start(arguments, extra, input, !options.secretOnCommandLine);
        const CliRun result = CliProcess::finish(*process, 120000);
        const QString where = label(arguments);
        if (!options.secretOnStdout)
            m_evidence.append({where + QStringLiteral(" stdout"), result.out.toUtf8()});
        m_evidence.append({where + QStringLiteral(" stderr"), result.err.toUtf8()});
        if (result.exitCode != options.exitCode)
            qFatal("%s exited with %d, not %d: %s%s", qPrintable(where), result.exitCode, options.exitCode,
                   qPrintable(result.out), qPrintable(result.err));
        return result;
    }

    QByteArray http(quint16 port, const QByteArray &method, const QString &path, const QByteArray &token,
                    const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            qFatal("no answer from the served API");
        reply->deleteLater();
        const QByteArray answer = QByteArray::number(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                                  + ' ' + reply->readAll();
        m_evidence.append({QStringLiteral("REST %1 %2").arg(text(method), path), answer});
        return answer;
    }

    // PostgreSQL: a role of its own with a long random password, so the database
    // password is a secret the scan can look for.
    void setUpPostgresRole(const QByteArray &password)
    {
        const std::unique_ptr<Database> server = Database::connect(TestDatabase::postgresServerUrl(),
                                                                   TestDatabase::postgresPassword());
        m_pgRole = QStringLiteral("leak_%1").arg(text(SecretBox::generateKey().toHex().left(12)));
        execSql(server->connection(),
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_pgRole, text(password)));
        execSql(server->connection(),
                QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(m_testDatabase->url().databaseName(), m_pgRole));
        DatabaseUrl url = m_testDatabase->url();
        m_databaseUrl =
            QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_pgRole, url.host()).arg(url.port()).arg(url.databaseName());
    }

    void dropPostgresRole()
    {
        if (m_pgRole.isEmpty())
            return;
        const DatabaseUrl url = DatabaseUrl::parse(m_databaseUrl);
        awaitFuture(KeychainSecretStore().remove(url.passwordSecretKey()));
        m_testDatabase.reset(); // drops the database, which the role owns
        const std::unique_ptr<Database> server = Database::connect(TestDatabase::postgresServerUrl(),
                                                                   TestDatabase::postgresPassword());
        execSql(server->connection(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_pgRole));
        m_pgRole.clear();
    }

    void collectDatabase()
    {
        const DatabaseUrl url = m_testDatabase->url();
        {
            const std::unique_ptr<Database> database = m_testDatabase->connect();
            m_evidence.append({QStringLiteral("every table's values"), SecretScan::databaseContents(*database)});
        }
        if (url.isSqlite()) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile file(url.filePath() + suffix);
                if (file.open(QIODevice::ReadOnly))
                    m_evidence.append({file.fileName(), file.readAll()});
            }
            return;
        }
        QProcess dump;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), TestDatabase::postgresPassword());
        dump.setProcessEnvironment(environment);
        const DatabaseUrl server = TestDatabase::postgresServerUrl();
        dump.start(QStringLiteral("pg_dump"),
                   {QStringLiteral("-h"), server.host(), QStringLiteral("-p"), QString::number(server.port()),
                    QStringLiteral("-U"), server.userName(), url.databaseName()});
        QVERIFY2(dump.waitForFinished(120000) && dump.exitCode() == 0, dump.readAllStandardError().constData());
        const QByteArray output = dump.readAllStandardOutput();
        QVERIFY2(output.contains("COPY public.webhook_deliveries"), "pg_dump gave no data");
        m_evidence.append({QStringLiteral("pg_dump"), output});
    }

    void collectFiles()
    {
        for (const QString &root : {m_folder.path(), QDir::homePath()}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                // The keychain's own store is where secrets belong (encrypted by gnome-keyring).
                if (path.contains(QLatin1String("/keyrings/")))
                    continue;
                QFile file(path);
                if (file.size() < 64 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                    m_evidence.append({path, file.readAll()});
            }
        }
    }

    QStringList leaks() const
    {
        QStringList found;
        for (const auto &[where, bytes] : m_evidence)
            found << m_scan.findIn(bytes, where);
        return found;
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_receiver = std::make_unique<LoopbackReceiver>();
        m_databaseUrl = m_testDatabase->url().toString();
    }

    void cleanup()
    {
        dropPostgresRole();
        m_receiver.reset();
        m_testDatabase.reset();
    }

    void fullRunLeaksNoSecret()
    {
        const QByteArray hookSecret = randomSecret("leak-hook-");
        const QByteArray rotatedSecret = randomSecret("leak-rotated-");
        const QByteArray standardSecret = WebhookSignature::generateSecret(SignatureScheme::StandardWebhooks);
        const QByteArray badSecret = "whsec_!" + randomSecret("leak-bad-");
        const QByteArray erpCredential = randomSecret("leak-erp-");
        const QByteArray restSecret = randomSecret("leak-rest-");
        const QByteArray teamModeSecret = randomSecret("leak-team-");
        const QByteArray urlPassword = randomSecret("leak-url-password-");
        const QByteArray endpointPassword = randomSecret("leak-endpoint-password-");
        const QByteArray databasePassword = SecretBox::generateKey().toHex();
        const QByteArray wrongToken = "grt_" + SecretBox::generateKey().toBase64(QByteArray::Base64UrlEncoding);
        m_scan.add(QStringLiteral("HMAC secret"), hookSecret);
        m_scan.add(QStringLiteral("rotated HMAC secret"), rotatedSecret);
        m_scan.add(QStringLiteral("standard-webhooks secret"), standardSecret);
        m_scan.add(QStringLiteral("refused secret"), badSecret);
        m_scan.add(QStringLiteral("ERP credential"), erpCredential);
        m_scan.add(QStringLiteral("secret given over REST"), restSecret);
        m_scan.add(QStringLiteral("secret set in team mode"), teamModeSecret);
        m_scan.add(QStringLiteral("password in a database URL"), urlPassword);
        m_scan.add(QStringLiteral("password in an endpoint URL"), endpointPassword);
        m_scan.add(QStringLiteral("wrong API token"), wrongToken);
        const QMap<QString, QString> secrets{
            {QStringLiteral("HOOK_SECRET"), text(hookSecret)},
            {QStringLiteral("ROTATED"), text(rotatedSecret)},
            {QStringLiteral("WHSEC"), text(standardSecret)},
            {QStringLiteral("BAD_SECRET"), text(badSecret)},
            {QStringLiteral("ERP_CREDENTIAL"), text(erpCredential)},
            {QStringLiteral("TEAM_SECRET"), text(teamModeSecret)},
        };

        // The database password, typed on stdin into the keychain (PostgreSQL).
        if (TestDatabase::backendUnderTest() == Backend::PostgreSql) {
            m_scan.add(QStringLiteral("database password"), databasePassword);
            setUpPostgresRole(databasePassword);
            run({QStringLiteral("db"), QStringLiteral("set-password")}, {}, expect(0), databasePassword + '\n');
        }
        // On purpose: a password inside the database URL is refused, and not repeated.
        const CliRun urlRefused = run({QStringLiteral("integration"), QStringLiteral("list")},
                                      {{QStringLiteral("GARAGEREG_DATABASE"),
                                        QStringLiteral("postgresql://leak:%1@127.0.0.1:9/x").arg(text(urlPassword))}},
                                      expect(1));
        QVERIFY2(urlRefused.err.contains(QLatin1String("password")), qPrintable(urlRefused.err));

        // On purpose: a password inside an endpoint URL would be stored and shown with it; refused.
        const QString endpointWithPassword = m_receiver->url(QStringLiteral("/ok"))
                                                 .toString()
                                                 .replace(QLatin1String("//"),
                                                          QStringLiteral("//hook:%1@").arg(text(endpointPassword)));
        const CliRun endpointRefused =
            run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                 QStringLiteral("--type"), QStringLiteral("erp"), QStringLiteral("--provider"),
                 QStringLiteral("rest-json"), QStringLiteral("--endpoint"), endpointWithPassword},
                {}, expect(1, false, true));
        QVERIFY2(endpointRefused.err.contains(QLatin1String("password")), qPrintable(endpointRefused.err));

        // Webhooks: a signed delivery that succeeds, one that fails, a rotation, a refused secret.
        const QString integration = run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                                         QStringLiteral("Szerviz"), QStringLiteral("--type"), QStringLiteral("webhook"),
                                         QStringLiteral("--provider"), QStringLiteral("custom")})
                                        .out.trimmed();
        m_receiver->setResponder([](const ReceivedRequest &request) {
            ScriptedResponse response;
            if (request.target.startsWith("/fail")) {
                response.status = 500;
                // A receiver that echoes what it got: signatures are no secrets.
                response.body = "boom: " + request.header("webhook-signature")
                                + request.header("X-GarageReg-Signature");
            } else if (request.target.startsWith("/erp")) {
                response.status = 401;
                // An ERP that repeats the credential it refused.
                const QByteArray key = request.header("X-API-KEY");
                response.body = R"({"message": "invalid key )" + key + " / " + key.toBase64() + R"("})";
            }
            return response;
        });
        const QString okSubscription =
            run({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--integration"), integration,
                 QStringLiteral("--name"), QStringLiteral("ok"), QStringLiteral("--url"),
                 m_receiver->url(QStringLiteral("/ok")).toString(), QStringLiteral("--events"),
                 QStringLiteral("gate.inspection_due"), QStringLiteral("--secret-env"), QStringLiteral("HOOK_SECRET")},
                secrets)
                .out.trimmed();
        run({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--integration"), integration,
             QStringLiteral("--name"), QStringLiteral("fail"), QStringLiteral("--url"),
             m_receiver->url(QStringLiteral("/fail")).toString(), QStringLiteral("--events"),
             QStringLiteral("gate.inspection_due"), QStringLiteral("--scheme"), QStringLiteral("standard-webhooks"),
             QStringLiteral("--secret-env"), QStringLiteral("WHSEC"), QStringLiteral("--max-retries"),
             QStringLiteral("0")},
            secrets);
        run({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--integration"), integration,
             QStringLiteral("--name"), QStringLiteral("bad"), QStringLiteral("--url"), m_receiver->url().toString(),
             QStringLiteral("--events"), QStringLiteral("gate.inspection_due"), QStringLiteral("--scheme"),
             QStringLiteral("standard-webhooks"), QStringLiteral("--secret-env"), QStringLiteral("BAD_SECRET")},
            secrets, expect(1));
        const CliRun urlWithPassword = run({QStringLiteral("subscription"), QStringLiteral("add"),
                                            QStringLiteral("--integration"), integration, QStringLiteral("--name"),
                                            QStringLiteral("basic"), QStringLiteral("--url"), endpointWithPassword,
                                            QStringLiteral("--events"), QStringLiteral("gate.inspection_due")},
                                           {}, expect(1, false, true));
        QVERIFY2(urlWithPassword.err.contains(QLatin1String("password")), qPrintable(urlWithPassword.err));
        run({QStringLiteral("subscription"), QStringLiteral("rotate-secret"), okSubscription,
             QStringLiteral("--secret-env"), QStringLiteral("ROTATED")},
            secrets);
        for (int i = 0; i < 2; ++i)
            run({QStringLiteral("event"), QStringLiteral("trigger"), QStringLiteral("gate.inspection_due"),
                 QStringLiteral("--payload"), QStringLiteral(R"({"gate_id": "K-%1"})").arg(i)});
        run({QStringLiteral("worker"), QStringLiteral("--until-idle")});
        QCOMPARE(m_receiver->requestCount(), 4);

        // The delivery log, exported.
        const CliRun list = run({QStringLiteral("deliveries"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray deliveries = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(deliveries.size(), 4);
        for (const QJsonValue &delivery : deliveries)
            run({QStringLiteral("deliveries"), QStringLiteral("show"),
                 delivery.toObject().value(QLatin1String("request_id")).toString(), QStringLiteral("--json")});
        run({QStringLiteral("metrics"), QStringLiteral("--json")});
        run({QStringLiteral("verify"), QStringLiteral("--scheme"), QStringLiteral("garagereg"),
             QStringLiteral("--secret-env"), QStringLiteral("HOOK_SECRET"), QStringLiteral("--body"),
             QStringLiteral("{}"), QStringLiteral("--signature"), QStringLiteral("sha256=00")},
            secrets, expect(1));

        // ERP: a credential, an ERP that refuses it and says it back, a credential for no integration.
        const QString erp = run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Billingo"), QStringLiteral("--type"), QStringLiteral("erp"),
                                 QStringLiteral("--provider"), QStringLiteral("billingo"), QStringLiteral("--endpoint"),
                                 m_receiver->url(QStringLiteral("/erp")).toString()})
                                .out.trimmed();
        run({QStringLiteral("erp"), QStringLiteral("set-credential"), erp, QStringLiteral("--secret-env"),
             QStringLiteral("ERP_CREDENTIAL")},
            secrets);
        run({QStringLiteral("erp"), QStringLiteral("set-credential"), QStringLiteral("999"),
             QStringLiteral("--secret-env"), QStringLiteral("ERP_CREDENTIAL")},
            secrets, expect(1));
        const int erpRequestsBefore = m_receiver->requestCount();
        run({QStringLiteral("erp"), QStringLiteral("test-connection"), erp}, {}, expect(1));
        run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"), erp,
             QStringLiteral("--direction"), QStringLiteral("parts_from_erp")},
            {}, expect(1));
        QVERIFY(m_receiver->requestCount() > erpRequestsBefore);
        for (const ReceivedRequest &request : m_receiver->requests()) {
            if (request.target.startsWith("/erp"))
                QCOMPARE(request.header("X-API-KEY"), erpCredential); // it did go where it belongs
        }
        run({QStringLiteral("erp"), QStringLiteral("logs"), QStringLiteral("--integration"), erp,
             QStringLiteral("--json")});
        run({QStringLiteral("integration"), QStringLiteral("show"), erp, QStringLiteral("--json")});

        // The REST API of `serve`, with a token shown once.
        const QByteArray token = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                                      QStringLiteral("leak")},
                                     {}, expect(0, true))
                                     .out.trimmed()
                                     .toUtf8();
        QVERIFY(token.startsWith("grt_"));
        m_scan.add(QStringLiteral("API token"), token);
        auto serve = start({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        const QString serveLabel = QStringLiteral("serve");
        QByteArray serveErr;
        quint16 port = 0;
        {
            static const QRegularExpression announced(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/api"));
            QSignalSpy output(serve.get(), &QProcess::readyReadStandardError);
            do {
                serveErr += serve->readAllStandardError();
                port = quint16(announced.match(text(serveErr)).captured(1).toUInt());
            } while (port == 0 && output.wait(30000));
            QVERIFY2(port != 0, serveErr.constData());
        }
        const QString subscriptions = QStringLiteral("/api/integrations/webhooks/subscriptions");
        QVERIFY(http(port, "GET", subscriptions, token).startsWith("200"));
        const QJsonObject created{{QStringLiteral("name"), QStringLiteral("rest")},
                                  {QStringLiteral("endpoint_url"), m_receiver->url(QStringLiteral("/ok")).toString()},
                                  {QStringLiteral("events"), QJsonArray{QStringLiteral("gate.inspection_due")}},
                                  {QStringLiteral("secret"), text(restSecret)}};
        const QByteArray createdAnswer = http(port, "POST", subscriptions, token, QJsonDocument(created).toJson());
        QVERIFY2(createdAnswer.startsWith("201"), createdAnswer.constData());
        QJsonObject refused = created;
        refused.insert(QStringLiteral("signature_scheme"), QStringLiteral("standard-webhooks"));
        refused.insert(QStringLiteral("secret"), text(badSecret));
        QVERIFY(http(port, "POST", subscriptions, token, QJsonDocument(refused).toJson()).startsWith("400"));
        QJsonObject basicAuth = created;
        basicAuth.insert(QStringLiteral("endpoint_url"), endpointWithPassword);
        QVERIFY(http(port, "POST", subscriptions, token, QJsonDocument(basicAuth).toJson()).startsWith("400"));
        const QJsonObject ping{{QStringLiteral("url"), m_receiver->url(QStringLiteral("/ok")).toString()},
                               {QStringLiteral("secret"), text(restSecret)}};
        http(port, "POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"), token,
             QJsonDocument(ping).toJson());
        http(port, "GET", QStringLiteral("/api/integrations/webhooks/deliveries"), token);
        http(port, "GET", QStringLiteral("/api/integrations/erp/sync/logs"), token);
        http(port, "POST", QStringLiteral("/api/integrations/erp/test-connection/%1").arg(erp), token);
        QVERIFY(http(port, "GET", subscriptions, wrongToken).startsWith("401"));
        recordCommandLine(*serve, {}, serveLabel);
        serve->terminate();
        const CliRun served = CliProcess::finish(*serve, 60000);
        QCOMPARE(served.exitCode, 0);
        m_evidence.append({serveLabel + QStringLiteral(" stdout"), served.out.toUtf8()});
        m_evidence.append({serveLabel + QStringLiteral(" stderr"), serveErr + served.err.toUtf8()});

        // Team mode: the secrets move into the database, encrypted; deliveries still sign.
        run({QStringLiteral("team-key"), QStringLiteral("create")});
        const QByteArray exported =
            run({QStringLiteral("team-key"), QStringLiteral("export")}, {}, expect(0, true)).out.trimmed().toUtf8();
        const QByteArray teamKey = QByteArray::fromBase64(exported.split(':').last(), QByteArray::Base64UrlEncoding);
        QCOMPARE(teamKey.size(), SecretBox::keySize);
        m_scan.add(QStringLiteral("team key"), teamKey);
        run({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--integration"), integration,
             QStringLiteral("--name"), QStringLiteral("team"), QStringLiteral("--url"),
             m_receiver->url(QStringLiteral("/team")).toString(), QStringLiteral("--events"),
             QStringLiteral("gate.inspection_due"), QStringLiteral("--secret-env"), QStringLiteral("TEAM_SECRET")},
            secrets);
        const int beforeTeam = m_receiver->requestCount();
        run({QStringLiteral("event"), QStringLiteral("trigger"), QStringLiteral("gate.inspection_due"),
             QStringLiteral("--payload"), QStringLiteral(R"({"gate_id": "K-team"})")});
        run({QStringLiteral("worker"), QStringLiteral("--until-idle")});
        run({QStringLiteral("team-key"), QStringLiteral("status")});
        bool teamSigned = false;
        for (const ReceivedRequest &request : m_receiver->requests().mid(beforeTeam)) {
            if (request.target != "/team")
                continue;
            teamSigned = WebhookSignature::verify(SignatureScheme::GarageReg, teamModeSecret, request.body,
                                                  request.header("X-GarageReg-Signature"), {}, std::nullopt, 300,
                                                  QDateTime::currentDateTimeUtc())
                             .valid;
        }
        QVERIFY(teamSigned);

        collectDatabase();
        collectFiles();
        // To look at what was searched: GARAGEREG_LEAK_TEST_DUMP=folder.
        if (const QString dump = qEnvironmentVariable("GARAGEREG_LEAK_TEST_DUMP"); !dump.isEmpty()) {
            QDir().mkpath(dump);
            int index = 0;
            for (const auto &[where, bytes] : std::as_const(m_evidence)) {
                QFile file(QDir(dump).filePath(QString::number(++index)));
                if (file.open(QIODevice::WriteOnly))
                    file.write(where.toUtf8() + "\n----\n" + bytes);
            }
        }
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // The search can fail: it finds the secrets that are shown on purpose, and a planted one.
        QVERIFY(!m_scan.findIn(exported, QStringLiteral("team-key export")).isEmpty());
        QFile planted(m_folder.filePath(QStringLiteral("planted.log")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("debug: key=" + erpCredential.toHex().toUpper() + '\n');
        planted.close();
        const QStringList plantedFound = m_scan.findInFile(planted.fileName());
        QVERIFY2(plantedFound.join(QLatin1Char('\n')).contains(QLatin1String("ERP credential as HEX")),
                 qPrintable(plantedFound.join(QLatin1Char('\n'))));
        qInfo("searched %lld places for %lld secrets", qint64(m_evidence.size()), qint64(m_scan.size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secret_leaks.moc"
