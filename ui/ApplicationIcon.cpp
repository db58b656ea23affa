#include "ui/ApplicationIcon.h"

namespace garagereg {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/garagereg-integrations-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace garagereg
