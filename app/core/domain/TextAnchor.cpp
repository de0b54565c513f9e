#include "TextAnchor.h"

#include <algorithm>

namespace rs {
namespace {

// Never split a surrogate pair: a context that starts or ends mid-character could not be found again.
int snapToCharacter(const QString& text, int offset)
{
    if (offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() &&
        text.at(offset - 1).isHighSurrogate())
        return offset - 1;
    return offset;
}

} // namespace

TextAnchor TextAnchor::fromBody(const QString& body, int start, int end)
{
    TextAnchor anchor;
    anchor.start = snapToCharacter(body, std::clamp(start, 0, int(body.size())));
    anchor.end = snapToCharacter(body, std::clamp(end, anchor.start, int(body.size())));
    anchor.quote = body.mid(anchor.start, anchor.end - anchor.start);
    const int prefixStart = snapToCharacter(body, std::max(0, anchor.start - contextLength));
    anchor.prefix = body.mid(prefixStart, anchor.start - prefixStart);
    int suffixEnd = std::min(int(body.size()), anchor.end + contextLength);
    if (suffixEnd < body.size() && body.at(suffixEnd).isLowSurrogate())
        ++suffixEnd;
    anchor.suffix = body.mid(anchor.end, suffixEnd - anchor.end);
    return anchor;
}

} // namespace rs
