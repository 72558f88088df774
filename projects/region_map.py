"""The regions' map: the outlines of projects/map/regions.svg, drawn once by
scripts/map/make_region_map.py, each region shaded by its number of published projects."""

import math
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

OUTLINES = Path(__file__).parent / "map" / "regions.svg"
SVG = "{http://www.w3.org/2000/svg}"
# Shades besides the one for no project: few enough to tell apart, each a range in the legend.
SHADES = 4


@cache
def outlines():
    """The drawing's viewBox, and each region's outline and label point by ISO code."""
    root = ET.parse(OUTLINES).getroot()
    shapes = {}
    for group in root.iter(f"{SVG}g"):
        text = group.find(f"{SVG}text")
        shapes[group.get("id")] = {
            "d": group.find(f"{SVG}path").get("d"),
            "x": text.get("x"),
            "y": text.get("y"),
        }
    return root.get("viewBox"), shapes


def region_map(regions):
    """What templates/regions/map.html draws from regions annotated with project_count."""
    view_box, shapes = outlines()
    regions = list(regions)
    most = max((region.project_count for region in regions), default=0)
    step = max(1, math.ceil(most / SHADES))
    areas = [
        {"region": region, "shade": math.ceil(region.project_count / step), **shapes[region.code]}
        for region in regions
        if region.code in shapes
    ]
    legend = [{"shade": 0, "low": 0, "high": 0}]
    for shade in range(1, math.ceil(most / step) + 1):
        legend.append(
            {"shade": shade, "low": (shade - 1) * step + 1, "high": min(shade * step, most)}
        )
    return {"view_box": view_box, "areas": areas, "legend": legend, "regions": regions}
