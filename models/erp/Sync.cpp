#include "models/erp/Sync.h"

#include "models/common/EnumNames.h"

#include <QCoreApplication>

namespace garagereg {

namespace {
const EnumNameTable<SyncDirection, 3> directionNames{{
    {SyncDirection::PartsFromErp, QLatin1String("parts_from_erp")},
    {SyncDirection::PartsToErp, QLatin1String("parts_to_erp")},
    {SyncDirection::Bidirectional, QLatin1String("bidirectional")},
}};
const EnumNameTable<ConflictPolicy, 4> policyNames{{
    {ConflictPolicy::ErpWins, QLatin1String("erp_wins")},
    {ConflictPolicy::LocalWins, QLatin1String("local_wins")},
    {ConflictPolicy::NewestWins, QLatin1String("newest_wins")},
    {ConflictPolicy::Manual, QLatin1String("manual")},
}};
const EnumNameTable<SyncStatus, 5> statusNames{{
    {SyncStatus::Running, QLatin1String("running")},
    {SyncStatus::Success, QLatin1String("success")},
    {SyncStatus::Partial, QLatin1String("partial")},
    {SyncStatus::Failed, QLatin1String("failed")},
    {SyncStatus::Cancelled, QLatin1String("cancelled")},
}};
} // namespace

QString syncDirectionName(SyncDirection direction)
{
    return enumName(directionNames, direction);
}

std::optional<SyncDirection> syncDirectionFromName(const QString &name)
{
    return enumFromName(directionNames, name);
}

QString conflictPolicyName(ConflictPolicy policy)
{
    return enumName(policyNames, policy);
}

std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    return enumFromName(policyNames, name);
}

QString syncStatusName(SyncStatus status)
{
    return enumName(statusNames, status);
}

std::optional<SyncStatus> syncStatusFromName(const QString &name)
{
    return enumFromName(statusNames, name);
}

QString syncStatusTitle(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Running: return QCoreApplication::translate("SyncStatus", "Running");
    case SyncStatus::Success: return QCoreApplication::translate("SyncStatus", "Succeeded");
    case SyncStatus::Partial: return QCoreApplication::translate("SyncStatus", "Partly succeeded");
    case SyncStatus::Failed: return QCoreApplication::translate("SyncStatus", "Failed");
    case SyncStatus::Cancelled: return QCoreApplication::translate("SyncStatus", "Cancelled");
    }
    return syncStatusName(status);
}

QString syncDirectionTitle(SyncDirection direction)
{
    switch (direction) {
    case SyncDirection::PartsFromErp: return QCoreApplication::translate("SyncDirection", "From the ERP");
    case SyncDirection::PartsToErp: return QCoreApplication::translate("SyncDirection", "To the ERP");
    case SyncDirection::Bidirectional: return QCoreApplication::translate("SyncDirection", "Both ways");
    }
    return syncDirectionName(direction);
}

} // namespace garagereg
