#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace rs::sql {

// Bound values: an empty text or a missing number is stored as NULL, and read back as empty/nullopt.
inline QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

inline QVariant nullable(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

inline std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace rs::sql
