#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace garagereg {

enum class SyncDirection { PartsFromErp, PartsToErp, Bidirectional };
QString syncDirectionName(SyncDirection direction); // parts_from_erp, parts_to_erp, bidirectional
std::optional<SyncDirection> syncDirectionFromName(const QString &name);

// Who wins when both sides changed since the last sync (../shared/design/erp-sync.md, rule 6).
enum class ConflictPolicy { ErpWins, LocalWins, NewestWins, Manual };
QString conflictPolicyName(ConflictPolicy policy); // erp_wins, local_wins, newest_wins, manual
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name);

enum class SyncStatus { Running, Success, Partial, Failed, Cancelled };
QString syncStatusName(SyncStatus status);
std::optional<SyncStatus> syncStatusFromName(const QString &name);
// The status and direction for people, translated.
QString syncStatusTitle(SyncStatus status);
QString syncDirectionTitle(SyncDirection direction);

// What ties a local part to its record in one ERP.
struct PartBinding
{
    qint64 id = 0;
    qint64 integrationId = 0;
    qint64 partId = 0;
    QString externalId;
    bool pending = false; // a create was sent but not confirmed: look the part up before creating again
    QString remoteEtag;
    QDateTime remoteUpdatedAt;
    QString localHash;
    QString remoteHash;
    QDateTime lastSyncedAt;
};

struct SyncLog
{
    qint64 id = 0;
    std::optional<qint64> integrationId;
    SyncDirection direction = SyncDirection::PartsFromErp;
    QString triggeredBy = QStringLiteral("manual"); // manual, schedule, api
    SyncStatus status = SyncStatus::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    int processed = 0;
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    int conflicts = 0;
    QString cursorBefore;
    QString cursorAfter;
    QString conflictPolicy;
    QStringList partNumbers;
    bool forceUpdate = false;
    QString errorMessage;
};

struct SyncLogEntry
{
    qint64 id = 0;
    qint64 syncLogId = 0;
    QString partNumber;
    QString operation; // create, update, delete, skip, conflict, lookup
    QString direction; // from_erp, to_erp
    QString outcome;   // success, failed, skipped, conflict
    std::optional<int> httpStatus;
    QString errorCategory;
    QString message; // the server's raw message on failure
    QDateTime createdAt;
};

struct SyncConflict
{
    qint64 id = 0;
    qint64 integrationId = 0;
    QString partNumber;
    std::optional<qint64> syncLogId;
    QJsonObject localRecord;
    QJsonObject remoteRecord;
    bool open = true;
    QString resolution; // erp or local
    QDateTime detectedAt;
    QDateTime resolvedAt;
};

} // namespace garagereg
