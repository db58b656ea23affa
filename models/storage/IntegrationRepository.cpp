#include "models/storage/IntegrationRepository.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/RepositorySupport.h"
#include "models/storage/SqlQuery.h"

namespace garagereg {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, name, type, provider, endpoint_url, settings, secret_ref, active, health_status, request_count,"
    " success_count, error_count, average_response_ms, last_response_ms, last_success_at, last_error_at, last_error,"
    " rate_limit_per_minute, organization_id, created_at, updated_at FROM integrations");

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

IntegrationRepository::IntegrationRepository(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

void IntegrationRepository::bindFields(SqlQuery &query, const Integration &integration)
{
    query.bind(QStringLiteral(":name"), integration.name)
        .bind(QStringLiteral(":type"), integrationTypeName(integration.type))
        .bind(QStringLiteral(":provider"), integration.provider)
        .bind(QStringLiteral(":endpoint_url"), nullableText(integration.endpointUrl))
        .bind(QStringLiteral(":settings"), toJsonText(integration.settings))
        .bind(QStringLiteral(":secret_ref"), nullableText(integration.secretRef))
        .bind(QStringLiteral(":active"), integration.active)
        .bind(QStringLiteral(":health_status"), healthStatusName(integration.health))
        .bind(QStringLiteral(":request_count"), integration.requestCount)
        .bind(QStringLiteral(":success_count"), integration.successCount)
        .bind(QStringLiteral(":error_count"), integration.errorCount)
        .bind(QStringLiteral(":average_response_ms"), integration.averageResponseMs
                                                          ? QVariant(*integration.averageResponseMs)
                                                          : QVariant(QMetaType::fromType<double>()))
        .bind(QStringLiteral(":last_response_ms"), nullableInt(integration.lastResponseMs))
        .bind(QStringLiteral(":last_success_at"), toDbTime(integration.lastSuccessAt))
        .bind(QStringLiteral(":last_error_at"), toDbTime(integration.lastErrorAt))
        .bind(QStringLiteral(":last_error"), nullableText(integration.lastError))
        .bind(QStringLiteral(":rate_limit_per_minute"),
              integration.rateLimitPerMinute ? nullableInt(*integration.rateLimitPerMinute) : nullableInt(std::nullopt))
        .bind(QStringLiteral(":organization_id"), nullableText(integration.organizationId))
        .bind(QStringLiteral(":updated_at"), toDbTime(integration.updatedAt));
}

Integration IntegrationRepository::fromRow(const SqlQuery &query)
{
    Integration integration;
    integration.id = query.value(0).toLongLong();
    integration.name = query.value(1).toString();
    integration.type = integrationTypeFromString(query.value(2).toString()).value_or(IntegrationType::Webhook);
    integration.provider = query.value(3).toString();
    integration.endpointUrl = query.value(4).toString();
    integration.settings = jsonObjectFromText(query.value(5).toString(), QStringLiteral("integrations.settings"));
    integration.secretRef = query.value(6).toString();
    integration.active = query.value(7).toBool();
    integration.health = healthStatusFromString(query.value(8).toString()).value_or(HealthStatus::Unknown);
    integration.requestCount = query.value(9).toLongLong();
    integration.successCount = query.value(10).toLongLong();
    integration.errorCount = query.value(11).toLongLong();
    if (!query.value(12).isNull())
        integration.averageResponseMs = query.value(12).toDouble();
    integration.lastResponseMs = optionalInt(query.value(13));
    integration.lastSuccessAt = fromDbTime(query.value(14));
    integration.lastErrorAt = fromDbTime(query.value(15));
    integration.lastError = query.value(16).toString();
    if (!query.value(17).isNull())
        integration.rateLimitPerMinute = query.value(17).toInt();
    integration.organizationId = query.value(18).toString();
    integration.createdAt = fromDbTime(query.value(19));
    integration.updatedAt = fromDbTime(query.value(20));
    return integration;
}

Integration IntegrationRepository::create(Integration integration)
{
    throwIfInvalid(tr("The integration"), IntegrationValidator::problems(integration));
    integration.createdAt = integration.updatedAt = m_clock.now();
    SqlQuery query(m_database.connection(),
                   QStringLiteral(
                       "INSERT INTO integrations (name, type, provider, endpoint_url, settings, secret_ref, active,"
                       " health_status, request_count, success_count, error_count, average_response_ms,"
                       " last_response_ms, last_success_at, last_error_at, last_error, rate_limit_per_minute,"
                       " organization_id, created_at, updated_at) VALUES (:name, :type, :provider, :endpoint_url,"
                       " :settings, :secret_ref, :active, :health_status, :request_count, :success_count,"
                       " :error_count, :average_response_ms, :last_response_ms, :last_success_at,"
                       " :last_error_at, :last_error, :rate_limit_per_minute, :organization_id, :created_at,"
                       " :updated_at) RETURNING id"));
    bindFields(query, integration);
    query.bind(QStringLiteral(":created_at"), toDbTime(integration.createdAt));
    integration.id = query.scalar().toLongLong();
    return integration;
}

Integration IntegrationRepository::update(Integration integration)
{
    throwIfInvalid(tr("The integration"), IntegrationValidator::problems(integration));
    integration.updatedAt = m_clock.now();
    SqlQuery query(m_database.connection(),
                   QStringLiteral("UPDATE integrations SET name = :name, type = :type, provider = :provider,"
                                  " endpoint_url = :endpoint_url, settings = :settings, secret_ref = :secret_ref,"
                                  " active = :active, health_status = :health_status, request_count = :request_count,"
                                  " success_count = :success_count, error_count = :error_count,"
                                  " average_response_ms = :average_response_ms, last_response_ms = :last_response_ms,"
                                  " last_success_at = :last_success_at, last_error_at = :last_error_at,"
                                  " last_error = :last_error, rate_limit_per_minute = :rate_limit_per_minute,"
                                  " organization_id = :organization_id, updated_at = :updated_at WHERE id = :id"));
    bindFields(query, integration);
    query.bind(QStringLiteral(":id"), integration.id).exec();
    requireExists(integration.id, query.rowsAffected());
    return *find(integration.id);
}

std::optional<Integration> IntegrationRepository::find(qint64 id) const
{
    SqlQuery query(m_database.connection(), selectColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Integration> IntegrationRepository::list() const
{
    SqlQuery query(m_database.connection(), selectColumns + QStringLiteral(" ORDER BY name, id"));
    query.exec();
    QList<Integration> integrations;
    while (query.next())
        integrations.append(fromRow(query));
    return integrations;
}

void IntegrationRepository::setActive(qint64 id, bool active)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("UPDATE integrations SET active = :active, updated_at = :now WHERE id = :id"));
    query.bind(QStringLiteral(":active"), active)
        .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
        .bind(QStringLiteral(":id"), id)
        .exec();
    requireExists(id, query.rowsAffected());
}

void IntegrationRepository::remove(qint64 id)
{
    SqlQuery query(m_database.connection(), QStringLiteral("DELETE FROM integrations WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    requireExists(id, query.rowsAffected());
}

void IntegrationRepository::requireExists(qint64 id, int rowsAffected) const
{
    if (rowsAffected == 0)
        throw Error(tr("There is no integration with id %1.").arg(id));
}

} // namespace garagereg
