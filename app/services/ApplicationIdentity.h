#pragma once

namespace garagereg {

// Names that decide where per-user files live (QStandardPaths::AppDataLocation);
// the GUI and the CLI must agree so they open the same default database.
void setApplicationIdentity();

} // namespace garagereg
