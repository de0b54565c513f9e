#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace rs {

// Hands out worksheet names Excel accepts: at most 31 characters, none of []:*?/\, no leading or trailing
// apostrophe, not the reserved "History", and unique ignoring case ("补贴 (2)" when "补贴" is taken).
class XlsxSheetNames
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetNames)

public:
    static constexpr int maxLength = 31;

    QString add(const QString& wanted);
    static QString valid(const QString& wanted);

private:
    QSet<QString> m_taken; // case-folded
};

} // namespace rs
