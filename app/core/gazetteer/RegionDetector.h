#pragma once

#include "Region.h"

#include <QString>

namespace rs {

class Gazetteer;

struct RegionGuess
{
    Region region;       // invalid when nothing could be detected: never guess silently
    double score = 0.0;  // relative confidence, for diagnostics
    QString matchedText; // the name as found in the text ("金湾", "湘桥区", "嘉兴港区")
};

// Picks the most specific place a report is about: title first, then frequency and position in
// the body; resolves short names and ambiguous county names by the province/city mentioned nearby;
// matches traditional-character text through ICU's Traditional-Simplified transform.
class RegionDetector
{
public:
    explicit RegionDetector(const Gazetteer& gazetteer);
    ~RegionDetector();
    RegionDetector(const RegionDetector&) = delete;
    RegionDetector& operator=(const RegionDetector&) = delete;

    RegionGuess detect(const QString& title, const QString& body) const;

private:
    struct Index;
    struct Detection;
    Index* m_index;
    const Gazetteer& m_gazetteer;
};

} // namespace rs
