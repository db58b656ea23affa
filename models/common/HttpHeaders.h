#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace garagereg {

// HTTP header fields in the order they were sent or received; names keep their case.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

} // namespace garagereg
