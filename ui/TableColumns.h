#pragma once

class QTableView;

namespace garagereg {

// Sizes a table's columns to their contents, each at most a sensible width so
// one long URL does not push the other columns out of sight. The user can still
// widen any column, and remembered widths are restored over this.
void fitColumnsOnce(QTableView *table, int widestColumn = 200);

} // namespace garagereg
