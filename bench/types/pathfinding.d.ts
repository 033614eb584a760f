// The few parts of PathFinding.js 0.4.18 the benchmarks use (the package ships no types).
declare module 'pathfinding' {
  class Grid {
    constructor(matrix: number[][]);
    clone(): Grid;
  }
  class AStarFinder {
    constructor(options?: { diagonalMovement?: number; weight?: number });
    findPath(startX: number, startY: number, endX: number, endY: number, grid: Grid): number[][];
  }
  const PF: {
    Grid: typeof Grid;
    AStarFinder: typeof AStarFinder;
    DiagonalMovement: { Always: number; Never: number; IfAtMostOneObstacle: number; OnlyWhenNoObstacles: number };
  };
  export default PF;
}
