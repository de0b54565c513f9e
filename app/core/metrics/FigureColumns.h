#pragma once

#include <QCoreApplication>
#include <QString>

namespace rs {

// The three columns a table of figures shows side by side, in this order: the value, its unit and its
// qualifier (the comparison table and a report's figures). One home for their captions, so the two
// tables name them alike.
class FigureColumns
{
    Q_DECLARE_TR_FUNCTIONS(FigureColumns)

public:
    // The caption of the figure column `offset` places after the value column (0 the value, 1 the unit,
    // 2 the qualifier); empty outside the three.
    static QString header(int offset);
};

} // namespace rs
