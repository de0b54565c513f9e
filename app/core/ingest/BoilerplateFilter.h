#pragma once

#include "TextLine.h"

#include <QString>

namespace rs {

// Removes the web chrome that scraped reports carry around the article: breadcrumbs, section
// labels, share/print widgets, hit counters, disclaimers, copyright, ICP numbers and contact
// footers. Rules only fire on short, non-prose lines (or on lines that start like a disclaimer),
// so an article sentence that happens to mention 电话 or 版权 stays.
class BoilerplateFilter
{
public:
    // Removes boilerplate lines in place and returns how many were removed.
    static int filter(TextLines& lines);

    // Context-free check of one trimmed line.
    static bool isBoilerplate(const QString& line);
    // A standalone site name ("政讯通中心", "某某网") as found above the title.
    static bool looksLikeSiteName(const QString& line);
    // Metadata lines ("来源:", "发布时间:", "原文链接:") are left for MetadataDetector.
    static bool startsWithMetadataKey(const QString& line);
};

} // namespace rs
