#pragma once

#include "models/domain/OutboundPolicy.h"

#include <functional>

namespace garagereg {

class Database;

// The outbound policy, one per database (app_meta key "outbound_policy"), so
// every worker, the REST API and the desktop application sharing a database
// apply the same rules. Set by an administrator: `policy set` on the command
// line; the REST API refuses it to organization-limited tokens.
class OutboundPolicyRepository
{
public:
    explicit OutboundPolicyRepository(const Database &database);

    // The default policy (everything allowed) when none was stored. Throws
    // garagereg::Error when the database cannot be read or the stored policy is invalid.
    OutboundPolicy load() const;
    // Throws garagereg::Error with every problem of the policy; nothing is stored then.
    void save(const OutboundPolicy &policy) const;

    // A loader for OutboundGuard: reads the database's policy each time it is called.
    static std::function<OutboundPolicy()> loader(const Database &database);

private:
    const Database &m_database;
};

} // namespace garagereg
