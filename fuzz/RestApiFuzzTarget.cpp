#include "fuzz/FuzzTargets.h"

#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/http/ApiHttpServer.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/RestApi.h"
#include "app/services/WebhookEventService.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Error.h"
#include "models/storage/ApiTokenRepository.h"
#include "models/storage/Database.h"
#include "tests/support/FakeClock.h"
#include "tests/support/InMemorySecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace garagereg::fuzz {

namespace {

constexpr const char *targetName = "rest_api";
constexpr int maxRequestsPerInput = 8;

// A migrated SQLite database with two API tokens, made once per process and
// copied for every input, so each input starts from the same state and a
// crash reproduces from the input alone.
struct Template
{
    QTemporaryDir folder;
    QString databasePath;
    QByteArray adminToken;        // every organization
    QByteArray organizationToken; // organization "org-a" only
};

const Template &databaseTemplate()
{
    static const std::unique_ptr<Template> made = [] {
        auto result = std::make_unique<Template>();
        if (!result->folder.isValid())
            violated(targetName, "no temporary folder");
        result->databasePath = result->folder.filePath(QStringLiteral("template.db"));
        try {
            const test::FakeClock clock;
            const std::unique_ptr<Database> database = Database::open(DatabaseUrl::sqliteFile(result->databasePath));
            ApiTokenRepository tokens(*database, clock);
            result->adminToken = tokens.create(QStringLiteral("fuzz-admin")).secret.toUtf8();
            result->organizationToken =
                tokens.create(QStringLiteral("fuzz-org"), QStringLiteral("org-a")).secret.toUtf8();
        } catch (const Error &error) {
            violated(targetName, error.what());
        }
        return result;
    }();
    return *made;
}

// Percent-decoding as libmicrohttpd does for query arguments ('+' is a space).
QString decodeArgument(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

// One request in the input, as ApiHttpServer hands it to the handler:
//   METHOD /path?query
//   Header-Name: value        ("$ADMIN" and "$ORG" stand for the two tokens)
//   (empty line)
//   body
// Requests are separated by a line "===".
HttpRequest parseRequest(const QByteArray &text, const Template &state)
{
    HttpRequest request;
    const qsizetype headEnd = text.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? text : text.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : text.mid(headEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    const QByteArray target = space < 0 ? QByteArray() : requestLine.mid(space + 1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0) {
        for (const QByteArray &pair : target.mid(question + 1).split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            request.query.addQueryItem(decodeArgument(equals < 0 ? pair : pair.left(equals)),
                                       decodeArgument(equals < 0 ? QByteArray() : pair.mid(equals + 1)));
        }
    }
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray value = line.mid(colon + 1).trimmed();
        value.replace("$ADMIN", state.adminToken);
        value.replace("$ORG", state.organizationToken);
        request.headers.append({line.left(colon).trimmed().toLower(), value});
    }
    request.peer = QHostAddress::LocalHost;
    return request;
}

// What every answer must be: a documented status and a JSON body; errors as
// {"error": {"code", "message"}}; never a token.
void checkResponse(const HttpResponse &response, const Template &state)
{
    static const QList<int> statuses{200, 201, 202, 204, 400, 401, 403, 404, 405, 409, 413, 415, 429, 500};
    if (!statuses.contains(response.status))
        violated(targetName, "an undocumented HTTP status");
    if (response.status == 500)
        violated(targetName, "500: the request failed inside the API (an unexpected exception or failure)");
    if (response.body.isEmpty())
        return;
    if (response.contentType != "application/json")
        violated(targetName, "a body that is not application/json");
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        violated(targetName, "a response body that is not JSON");
    if (response.status >= 400) {
        const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
        if (!error.value(QStringLiteral("code")).isString() || !error.value(QStringLiteral("message")).isString())
            violated(targetName, "an error response without error.code and error.message");
    }
    if (response.body.contains(state.adminToken) || response.body.contains(state.organizationToken))
        violated(targetName, "a response contains an API token");
}

} // namespace

// The REST API (RestApi::handle, behind ApiHttpServer) on a fresh copy of a
// small SQLite database. Outgoing HTTP (test-endpoint) goes to a proxy on a
// closed loopback port, so nothing leaves the machine; there are no ERP
// providers, so sync and test-connection end in clean errors without files.
// The HTTP framing itself is libmicrohttpd's and is not fuzzed here.
Outcome feedRestApi(QByteArrayView input)
{
    if (!QCoreApplication::instance())
        violated(targetName, "needs a QCoreApplication");
    const Template &state = databaseTemplate();
    const QString path = state.folder.filePath(QStringLiteral("run.db"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    if (!QFile::copy(state.databasePath, path))
        violated(targetName, "cannot copy the template database");

    // GARAGEREG_FUZZ_VERBOSE=1 prints every request and its answer (to see what an input does).
    static const bool verbose = qEnvironmentVariableIsSet("GARAGEREG_FUZZ_VERBOSE");
    bool anyAccepted = false;
    {
        const test::FakeClock clock;
        test::InMemorySecretStore secrets;
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 1));
        std::unique_ptr<Database> database;
        try {
            database = Database::open(DatabaseUrl::sqliteFile(path));
        } catch (const Error &error) {
            violated(targetName, error.what());
        }
        WebhookEventService events(*database, clock);
        const ErpAdapterRegistry noProviders;
        ErpSyncEngine sync(*database, secrets, network, clock, noProviders);
        RestApi api(RestApiServices{*database, secrets, clock, network, events, sync});

        QByteArrayView rest = input;
        for (int handled = 0; handled < maxRequestsPerInput && !rest.isNull(); ++handled) {
            const qsizetype end = rest.indexOf(QByteArrayView("\n===\n"));
            const QByteArray text = (end < 0 ? rest : rest.first(end)).toByteArray();
            rest = end < 0 ? QByteArrayView() : rest.sliced(end + 5);
            const HttpRequest request = parseRequest(text, state);
            if (request.body.size() > ApiHttpServer::Limits{}.maxBodyBytes)
                continue; // answered 413 by the server before the handler
            const HttpResponse response = awaitFuture(api.handle(request));
            if (verbose)
                std::fprintf(stderr, "%s %s -> %d %s\n", request.method.constData(), qPrintable(request.path),
                             response.status, response.body.left(300).constData());
            checkResponse(response, state);
            anyAccepted = anyAccepted || response.status < 400;
        }
    }
    return anyAccepted ? Outcome::Accepted : Outcome::Rejected;
}

} // namespace garagereg::fuzz
