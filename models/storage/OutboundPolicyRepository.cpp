#include "models/storage/OutboundPolicyRepository.h"

#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/SqlQuery.h"

namespace garagereg {

OutboundPolicyRepository::OutboundPolicyRepository(const Database &database)
    : m_database(database)
{
}

OutboundPolicy OutboundPolicyRepository::load() const
{
    SqlQuery query(m_database.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = 'outbound_policy'"));
    query.exec();
    if (!query.next())
        return {};
    return OutboundPolicy::fromJson(query.value(0).toString().toUtf8());
}

void OutboundPolicyRepository::save(const OutboundPolicy &policy) const
{
    if (const QStringList problems = policy.problems(); !problems.isEmpty())
        throw Error(problems.join(QLatin1Char(' ')));
    SqlQuery(m_database.connection(),
             QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('outbound_policy', :value)"
                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral(":value"), QString::fromUtf8(policy.toJson()))
        .exec();
}

std::function<OutboundPolicy()> OutboundPolicyRepository::loader(const Database &database)
{
    return [&database] { return OutboundPolicyRepository(database).load(); };
}

} // namespace garagereg
