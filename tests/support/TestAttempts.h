#pragma once

#include "models/storage/DeliveryRepository.h"

#include <QDateTime>

namespace garagereg::test {

// A successful attempt (200) that ends the delivery, started at `at`, as the
// engine hands it to DeliveryRepository::recordAttempt(s).
inline AttemptRecord deliveredAttempt(const Delivery &delivery, const QDateTime &at)
{
    AttemptRecord record;
    record.attempt.startedAt = at;
    record.attempt.url = delivery.endpointUrl;
    record.attempt.responseStatus = 200;
    record.newStatus = DeliveryStatus::Delivered;
    record.succeeded = true;
    return record;
}

} // namespace garagereg::test
