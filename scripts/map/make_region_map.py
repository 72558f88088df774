"""Draw projects/map/regions.svg, the outline of Morocco's twelve regions, once.

Run by hand when the boundary data changes, never by the site or its build:

    cd scripts/map && npm ci && cd ../.. && .venv/bin/python scripts/map/make_region_map.py

The boundaries are those of the npm package morocco-map (TopoJSON drawn from
OpenStreetMap, © OpenStreetMap contributors, ODbL 1.0), used as the package ships them: the
map carries the United Nations' disclaimer on boundaries and names (templates/regions/map.html).
Each shared border is simplified once (Douglas-Peucker on the TopoJSON arcs), so that
neighbours still meet, and written as whole numbers of a 1,000-unit-wide drawing: the file
stays small enough to be inlined in a page.
"""

import json
import math
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "scripts/map/node_modules/morocco-map/data/regions.json"
TARGET = ROOT / "projects/map/regions.svg"
WIDTH = 1000
# In drawing units: about 1.5 km on the ground. Larger drops the coast's shape.
TOLERANCE = 1.2
# Islets smaller than this many square units are left out (nothing a visitor could click).
MIN_RING_AREA = 40


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def projection(arcs):
    """Equirectangular at the country's middle latitude, north up, WIDTH units wide."""
    lons = [lon for arc in arcs for lon, _lat in arc]
    lats = [lat for arc in arcs for _lon, lat in arc]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    squeeze = math.cos(math.radians((north + south) / 2))
    scale = WIDTH / ((east - west) * squeeze)
    height = round((north - south) * scale)

    def project(point):
        lon, lat = point
        return ((lon - west) * squeeze * scale, (north - lat) * scale)

    return project, height


def simplify(points, tolerance):
    """Douglas-Peucker, keeping both ends (where the arc meets its neighbours)."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1)
    farthest, index = -1.0, 0
    for i, (x, y) in enumerate(points[1:-1], start=1):
        if length:
            distance = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
        else:
            distance = math.hypot(x - x1, y - y1)
        if distance > farthest:
            farthest, index = distance, i
    if farthest <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return [(round(x), round(y)) for x, y in points]


def edges(ring):
    return pairwise([*ring, ring[0]])


def area(points):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in edges(points))) / 2


def path_data(rings):
    commands = []
    for points in rings:
        deduplicated = [points[0]]
        for point in points[1:]:
            if point != deduplicated[-1]:
                deduplicated.append(point)
        x, y = deduplicated[0]
        steps = [f"{bx - ax} {by - ay}" for (ax, ay), (bx, by) in pairwise(deduplicated)]
        commands.append(f"M{x} {y}l" + " ".join(steps).replace(" -", "-") + "z")
    return "".join(commands)


def inside(point, rings):
    x, y = point
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in edges(ring):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def edge_distance(point, rings):
    x, y = point
    best = math.inf
    for ring in rings:
        for (x1, y1), (x2, y2) in edges(ring):
            dx, dy = x2 - x1, y2 - y1
            t = max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy or 1)))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


def label_point(rings):
    """The point of the region farthest from its edges, on a grid: where its number goes."""
    xs = [x for ring in rings for x, _y in ring]
    ys = [y for ring in rings for _x, y in ring]
    step = max(max(xs) - min(xs), max(ys) - min(ys)) / 40
    best, best_distance = None, -1
    y = min(ys)
    while y <= max(ys):
        x = min(xs)
        while x <= max(xs):
            if inside((x, y), rings):
                distance = edge_distance((x, y), rings)
                if distance > best_distance:
                    best, best_distance = (x, y), distance
            x += step
        y += step
    return round(best[0]), round(best[1])


def main():
    topology = json.loads(SOURCE.read_text())
    lonlat_arcs = decode_arcs(topology)
    project, height = projection(lonlat_arcs)
    arcs = [simplify([project(point) for point in arc], TOLERANCE) for arc in lonlat_arcs]
    regions = []
    for geometry in topology["objects"]["regions"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring_points(ring, arcs) for polygon in polygons for ring in polygon]
        rings = [ring for ring in rings if area(ring) >= MIN_RING_AREA]
        regions.append((geometry["id"], rings))
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}">',
        "<!-- Morocco's regions from the npm package morocco-map 1.3.0, © OpenStreetMap "
        "contributors, ODbL 1.0; drawn by scripts/map/make_region_map.py. -->",
    ]
    for code, rings in sorted(regions):
        x, y = label_point(rings)
        lines.append(
            f'<g id="{code}"><path d="{path_data(rings)}"/><text x="{x}" y="{y}">{code}</text></g>'
        )
    lines.append("</svg>")
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text("\n".join(lines) + "\n")
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
