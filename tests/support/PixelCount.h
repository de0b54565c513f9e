#pragma once

class QColor;
class QImage;
class QRect;

// Pixels of `area` within `tolerance` of `color` in each channel: a screenshot shows what it should
// where it should, not just something of the right size.
int pixelsNear(const QImage& image, const QRect& area, const QColor& color, int tolerance = 3);
