#include "app/services/ApplicationIdentity.h"

#include <QCoreApplication>

namespace garagereg {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GarageReg"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("garagereg.hu"));
    QCoreApplication::setApplicationName(QStringLiteral("garagereg-integrations"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GARAGEREG_VERSION));
}

} // namespace garagereg
