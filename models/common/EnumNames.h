#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace garagereg {

// A fixed table between an enum and the names it is stored and shown under.
template<typename Enum, std::size_t N>
using EnumNameTable = std::array<std::pair<Enum, QLatin1String>, N>;

template<typename Enum, std::size_t N>
QString enumName(const EnumNameTable<Enum, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name;
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const EnumNameTable<Enum, N> &names, const QString &text)
{
    for (const auto &[value, name] : names) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

} // namespace garagereg
