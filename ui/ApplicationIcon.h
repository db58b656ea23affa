#pragma once

#include <QIcon>

namespace garagereg {

// The application icon (resources/garagereg-integrations.svg, embedded as PNG
// renditions so no SVG plugin is needed at run time).
QIcon applicationIcon();

} // namespace garagereg
